/** Every command of `omzien`, in the order `omzien help` lists them. */
import type { Command } from './command.ts';

export const commands: Command[] = [];
