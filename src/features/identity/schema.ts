/** The identity API's contract (zod): requests, answers and the municipality settings. */
import { z } from 'zod';
import { AA_TEXT, contrastRatio } from '../../platform/ui/contrast.ts';
import { PASSWORD_MAX } from './password.ts';
import { ROLES } from './permissions.ts';

export const Email = z
  .string()
  .trim()
  .max(254)
  .regex(/^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/, 'Vul een geldig e-mailadres in.');
export const RoleSchema = z.enum(ROLES);
export const MunicipalityKey = z
  .string()
  .regex(/^(GM\d{4}|[a-z0-9]+(-[a-z0-9]+)*)$/, 'A CBS code (GM0014) or slug (groningen)')
  .max(80);

export const LoginBody = z.strictObject({
  email: Email,
  password: z.string().min(1, 'Vul je wachtwoord in.').max(PASSWORD_MAX),
  totp: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'De code bestaat uit 6 cijfers.')
    .optional(),
});

export const MembershipOut = z.object({
  municipality: z.object({ code: z.string(), slug: z.string(), name: z.string() }),
  role: RoleSchema,
});

export const MeOut = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  platformAdmin: z.boolean(),
  mfa: z.object({ passed: z.boolean(), setupRequired: z.boolean() }),
  memberships: z.array(MembershipOut),
});

export const SessionOut = z.object({
  mfaSetupRequired: z.boolean(),
  me: MeOut,
});

export const InviteBody = z.strictObject({
  email: Email,
  name: z.string().trim().min(1, 'Vul een naam in.').max(200),
  role: RoleSchema,
});
export const InviteOut = z.object({
  personId: z.string(),
  status: z.enum(['invited', 'role-added']),
});

export const MemberOut = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  status: z.string(),
  roles: z.array(z.string()),
  mfa: z.boolean(),
});

export const TokenPassword = z.strictObject({
  token: z.string().min(1).max(100),
  password: z.string().min(1, 'Vul een wachtwoord in.').max(PASSWORD_MAX),
});
export const ResetRequestBody = z.strictObject({ email: Email });
export const TotpStartOut = z.object({ secret: z.string(), otpauthUri: z.string() });
export const TotpConfirmBody = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'De code bestaat uit 6 cijfers.'),
});

const HexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'A colour as #rrggbb');

/** A municipality's own settings. Every field has a default, so old rows stay valid. */
export const MunicipalitySettings = z.strictObject({
  /** Working days within which a signal gets a first answer. */
  responseDeadlineDays: z.number().int().min(1).max(60).default(5),
  /** Months after which closed signals and cases are anonymised. */
  retentionMonths: z
    .strictObject({
      signals: z.number().int().min(1).max(120).default(12),
      cases: z.number().int().min(1).max(240).default(24),
    })
    .default({ signals: 12, cases: 24 }),
  /** Contact details shown to residents. */
  contact: z
    .strictObject({
      text: z.string().max(500).optional(),
      phone: z.string().max(40).optional(),
      email: z.email().max(254).optional(),
      website: z
        .url({ protocol: /^https$/ })
        .max(300)
        .optional(),
    })
    .default({}),
  /** An https address of the logo shown beside (never instead of) the Omzien name. */
  logoUrl: z
    .url({ protocol: /^https$/ })
    .max(300)
    .optional(),
  /**
   * Two or three colours, applied as design tokens on the municipality's pages. `primary`
   * (buttons, links) and `secondary` (hover) carry white or link text, so each needs a contrast
   * of 4.5:1 with white; `accent` is a light background for dark text (4.5:1 with #1b1b1b).
   */
  theme: z
    .strictObject({
      primary: HexColour.refine((c) => contrastRatio(c, '#ffffff') >= AA_TEXT, {
        error: 'Te licht: wit op deze kleur heeft minder contrast dan 4,5:1 (WCAG AA).',
      }),
      secondary: HexColour.refine((c) => contrastRatio(c, '#ffffff') >= AA_TEXT, {
        error: 'Te licht: wit op deze kleur heeft minder contrast dan 4,5:1 (WCAG AA).',
      }).optional(),
      accent: HexColour.refine((c) => contrastRatio(c, '#1b1b1b') >= AA_TEXT, {
        error: 'Te donker: tekst op deze achtergrond heeft minder contrast dan 4,5:1 (WCAG AA).',
      }).optional(),
    })
    .optional(),
  /** The public Eenzaamheidsmeter; off where its use is not covered by the scale's terms. */
  publicSelfCheck: z.boolean().default(true),
});
export type MunicipalitySettingsT = z.infer<typeof MunicipalitySettings>;

export const MunicipalityOut = z.object({
  code: z.string(),
  slug: z.string(),
  name: z.string(),
});

export const CreateMunicipalityBody = z.strictObject({
  code: z.string().regex(/^GM\d{4}$/, 'Een CBS-gemeentecode, zoals GM0014.'),
  name: z.string().trim().min(1).max(200),
  slug: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Kleine letters, cijfers en streepjes, zoals den-haag.')
    .max(80),
});
