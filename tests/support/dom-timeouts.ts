/**
 * The pane's tests render Fluent UI in jsdom on a shared 2-core machine, where a first render can take
 * seconds; findBy… and waitFor would give up after Testing Library's default 1 s and fail for no fault of
 * the pane. They wait longer; a real failure still fails, only later.
 */
if (typeof document !== 'undefined') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { configure } = require('@testing-library/dom') as typeof import('@testing-library/dom');
  configure({ asyncUtilTimeout: 10000 });
}
