// Small display helpers shared by the screens.

import { capitalise } from '../../../shared/domain/words';

export { capitalise };

/** Option lists for a select, from the domain's words. */
export const optionsOf = (words: readonly string[]) => words.map((w) => ({ value: w, label: capitalise(w) }));
