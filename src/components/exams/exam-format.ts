/** A duration as the score report shows it: "45 s" or "3 min 20 s". */
export const minutesText = (ms: number): string => {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
};
