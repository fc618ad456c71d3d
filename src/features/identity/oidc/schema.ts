/** The single sign-on API's contract (zod): the identity provider of a municipality. */
import { z } from 'zod';

/**
 * The issuer: an https address; plain http only outside production (a provider on the same
 * machine in development and tests). Checked again by the use case with the real setting.
 */
export const Issuer = z
  .url({ protocol: /^https?$/, error: 'Vul het adres (URL) van de inlogdienst in.' })
  .max(300);

export const IdentityProviderBody = z.strictObject({
  issuer: Issuer,
  clientId: z.string().trim().min(1, 'Vul de client-id in.').max(300),
  /** Write-only: stored, never returned. Leave out to keep the stored secret. */
  clientSecret: z.string().min(1, 'Vul het client-geheim in.').max(500).optional(),
  displayName: z
    .string()
    .trim()
    .min(1, 'Vul de naam in die mensen op de inlogpagina zien.')
    .max(100),
  /** Trust the provider's own second factor (then Omzien does not ask for its code). */
  trustIdpMfa: z.boolean().default(false),
  enabled: z.boolean().default(true),
});
export type IdentityProviderInput = z.infer<typeof IdentityProviderBody>;

/** What may leave the server: everything but the secret. */
export const IdentityProviderOut = z.object({
  issuer: z.string(),
  clientId: z.string(),
  displayName: z.string(),
  trustIdpMfa: z.boolean(),
  enabled: z.boolean(),
  /** The address to register at the provider as redirect URI. */
  redirectUri: z.string(),
  /** Where people start logging in. */
  loginUrl: z.string(),
  updatedAt: z.string(),
});
export type IdentityProviderView = z.infer<typeof IdentityProviderOut>;
