// Words as people read them, for labels and exported files alike.

/** 'peer supporter' -> 'Peer supporter': the domain's lower-case words at the start of a label or cell. */
export const capitalise = (word: string): string => (word ? word[0]!.toUpperCase() + word.slice(1) : word);
