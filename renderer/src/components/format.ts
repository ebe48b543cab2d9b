// Small display helpers shared by the screens.

/** 'peer supporter' -> 'Peer supporter', for option labels built from the domain's lower-case words. */
export const capitalise = (word: string): string => (word ? word[0]!.toUpperCase() + word.slice(1) : word);

/** Option lists for a select, from the domain's words. */
export const optionsOf = (words: readonly string[]) => words.map((w) => ({ value: w, label: capitalise(w) }));
