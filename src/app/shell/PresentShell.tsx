import type { ShellProps } from './shell-props';

/** Present mode (a class following chapters); until it has a layout of its own it shows the explore one. */
export function PresentShell({ Explore, ...props }: ShellProps) {
  return <Explore {...props} />;
}
