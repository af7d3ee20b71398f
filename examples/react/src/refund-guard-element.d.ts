// Lets TypeScript check <refund-guard scenario="…"> in React's JSX like any built-in element.
import type { ScenarioId } from '@refundguard/widget';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'refund-guard': DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> & { scenario?: ScenarioId };
    }
  }
}
