import type { ShellProps } from './shell-props';

/** Embed mode (inside a newsroom's article); until it has a layout of its own it shows the explore one. */
export function EmbedShell({ Explore, ...props }: ShellProps) {
  return <Explore {...props} />;
}
