/** A source of random numbers in [0, 1). */
export type Random = () => number;
/** A disguise: the text, and a random source for the choices it makes. */
export type Mutation = (text: string, random: Random) => string;
export const INVISIBLES: readonly string[];
export const HOMOGLYPHS: Readonly<Record<string, string>>;
export const LEET: Readonly<Record<string, string>>;
export const MUTATIONS: Readonly<Record<string, Mutation>>;
export function seededRandom(seed: number): Random;
