/** Where to go after signing in: only paths inside this app, never back to the login page. */
export function safeReturnUrl(candidate: string | null | undefined): string {
  if (!candidate?.startsWith('/')) return '/';
  const leavesApp = candidate.startsWith('//') || candidate.startsWith('/\\');
  const isLogin = /^\/login(?:[/?#]|$)/.test(candidate);
  return leavesApp || isLogin ? '/' : candidate;
}
