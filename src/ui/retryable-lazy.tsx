import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/** React.lazy keeps a failed import for good, so "Try again" would fail until a reload. */
export function retryableLazy<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const fresh = (): LazyExoticComponent<ComponentType<P>> =>
    lazy(() =>
      load().then(
        (component) => ({ default: component }),
        (error: unknown) => {
          current = fresh();
          throw error;
        },
      ),
    );
  let current = fresh();
  return function Retryable(props: P) {
    const Current = current;
    return <Current {...props} />;
  };
}
