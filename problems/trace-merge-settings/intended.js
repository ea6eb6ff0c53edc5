function effectiveSettings(userChoices) {
  const merged = { email: true, sms: false, digest: 'weekly', ...userChoices };
  const channels = Object.keys(merged).filter((k) => merged[k] === true);
  return { digest: merged.digest, channels };
}
