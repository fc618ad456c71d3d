/** Every command of `omzien`, in the order `omzien help` lists them. */

import {
  createAdminCommand,
  createMunicipalityCommand,
  verifyAuditCommand,
} from '../features/identity/cli.ts';
import { fetchOpenDataCommand, importCommand } from '../features/monitor/cli.ts';
import type { Command } from './command.ts';

export const commands: Command[] = [
  createMunicipalityCommand,
  createAdminCommand,
  verifyAuditCommand,
  importCommand,
  fetchOpenDataCommand,
];
