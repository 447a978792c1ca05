/**
 * Loads the progress store (and its schema library) once, on demand, for pages that keep it off
 * their first download: an island reads saved progress with progress-sniff.ts, records through
 * record.ts, and follows the store once anything on the page has loaded it.
 */

type ProgressModule = typeof import('./progress.ts');

let loading: Promise<ProgressModule> | undefined;
let loaded: ProgressModule | undefined;
const followers = new Set<(m: ProgressModule) => void>();

/** The started progress store, loading it on first call; every follower is told when it arrives. */
export function loadProgressStore(): Promise<ProgressModule> {
  if (!loading) {
    loading = import('./progress.ts').then((m) => {
      m.startProgress();
      loaded = m;
      for (const follow of followers) follow(m);
      return m;
    });
    // Offline before the store was ever fetched: a later call tries again.
    loading.catch(() => (loading = undefined));
  }
  return loading;
}

/** Calls `follow` with the store once it has loaded (at once when it already has); returns an unfollow. */
export function followProgressStore(follow: (m: ProgressModule) => void): () => void {
  followers.add(follow);
  if (loaded) follow(loaded);
  return () => followers.delete(follow);
}
