import { useEffect, useState } from 'preact/hooks';

/** Whole seconds left of a countdown that starts at mount; odd input (negative, NaN) counts as 0. */
export function useCountdown(seconds: number): number {
  const [left, setLeft] = useState(() => (Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : 0));
  useEffect(() => {
    if (left <= 0) return;
    const timer = setInterval(() => {
      setLeft((now) => {
        if (now <= 1) clearInterval(timer);
        return now - 1;
      });
    }, 1000);
    return () => clearInterval(timer);
  }, []);
  return left;
}
