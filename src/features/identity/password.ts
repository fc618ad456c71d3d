/**
 * Passwords: argon2id with the OWASP-recommended minimum (19 MiB, 2 passes, 1 lane), and the
 * rules a new password must meet. Checking an unknown e-mail still runs one hash, so the answer
 * takes as long as for a known one.
 */
import { hash, verify } from '@node-rs/argon2';

const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 200;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

let dummy: Promise<string> | undefined;

/** True when the password matches; with no stored hash, spends the same time and answers false. */
export async function checkPassword(stored: string | null, password: string): Promise<boolean> {
  if (!stored) {
    dummy ??= hashPassword('omzien-timing-equaliser');
    await verify(await dummy, password).catch(() => false);
    return false;
  }
  return verify(stored, password).catch(() => false);
}

/** Dutch reason why a new password is not good enough, or null. */
export function passwordProblem(password: string, email?: string): string | null {
  if (password.length < PASSWORD_MIN)
    return `Kies een wachtwoord van minstens ${PASSWORD_MIN} tekens.`;
  if (password.length > PASSWORD_MAX)
    return `Kies een wachtwoord van hoogstens ${PASSWORD_MAX} tekens.`;
  if (email && password.toLowerCase().includes(email.split('@')[0]!.toLowerCase()))
    return 'Gebruik je e-mailadres niet in je wachtwoord.';
  if (/^(.)\1+$/.test(password)) return 'Kies een wachtwoord dat niet uit één teken bestaat.';
  return null;
}
