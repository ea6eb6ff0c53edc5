// Notification settings: the user's choices over the defaults.
const DEFAULTS = { email: true, sms: false, digest: 'weekly' };

function effectiveSettings(userChoices) {
  const merged = { ...userChoices, ...DEFAULTS };
  const channels = Object.keys(merged).filter((k) => merged[k] === true);
  return { digest: merged.digest, channels };
}
