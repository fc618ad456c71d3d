/**
 * Every kind of event the audit trail records. A new write or personal-data read adds its type
 * here first, so the trail stays a closed, documented list.
 */
export const AUDIT_EVENT_TYPES = [
  // Sessions
  'session.login',
  'session.login-failed',
  'session.locked',
  'session.logout',
  'session.logout-everywhere',
  'session.login-sso-refused',
  'session.second-factor-passed',
  // People and access
  'person.invited',
  'person.invitation-accepted',
  'person.password-reset-requested',
  'person.password-reset',
  'person.totp-enabled',
  'person.totp-reset',
  'person.role-revoked',
  'person.read',
  'members.listed',
  'platform-admin.created',
  // Municipalities
  'municipality.created',
  'municipality.settings-updated',
  // Eenzaamheidsmeter in follow-up
  'assessment.recorded',
  'assessment.read',
  // The trail itself
  'audit.read',
  'audit.exported',
] as const;
export type AuditEventType = (typeof AUDIT_EVENT_TYPES)[number];

/** Dutch labels for the trail's pages. */
export const AUDIT_EVENT_LABELS: Record<AuditEventType, string> = {
  'session.login': 'Ingelogd',
  'session.login-failed': 'Inloggen mislukt',
  'session.locked': 'Account tijdelijk geblokkeerd',
  'session.logout': 'Uitgelogd',
  'session.logout-everywhere': 'Overal uitgelogd',
  'session.login-sso-refused': 'Inloggen via de eigen inlogdienst geweigerd',
  'session.second-factor-passed': 'Tweede stap gegeven na inloggen via de eigen inlogdienst',
  'person.invited': 'Persoon uitgenodigd',
  'person.invitation-accepted': 'Uitnodiging aangenomen',
  'person.password-reset-requested': 'Nieuw wachtwoord aangevraagd',
  'person.password-reset': 'Wachtwoord opnieuw ingesteld',
  'person.totp-enabled': 'Tweede stap ingesteld',
  'person.totp-reset': 'Tweede stap gewist door beheerder',
  'person.role-revoked': 'Rol ingetrokken',
  'person.read': 'Persoonsgegevens bekeken',
  'members.listed': 'Lijst met gebruikers bekeken',
  'platform-admin.created': 'Platformbeheerder aangemaakt',
  'municipality.created': 'Gemeente aangemaakt',
  'municipality.settings-updated': 'Instellingen gewijzigd',
  'assessment.recorded': 'Meting vastgelegd',
  'assessment.read': 'Metingen bekeken',
  'audit.read': 'Logboek bekeken',
  'audit.exported': 'Logboek geëxporteerd',
};
