// "Your name", recorded with every approval, export and reopening: typed once, then offered again on
// every pay period until the office is locked. Memory only (no storage): the provider sits inside the
// unlocked app, so locking, which unmounts it, forgets the name with everything else on screen.
import { createContext, useContext, useState, type ReactNode } from 'react';

type YourName = readonly [name: string, setName: (name: string) => void];

const YourNameContext = createContext<YourName | null>(null);

export function YourNameProvider({ children }: { children: ReactNode }) {
  const [name, setName] = useState('');
  return <YourNameContext.Provider value={[name, setName]}>{children}</YourNameContext.Provider>;
}

/** The name typed last while unlocked; a screen shown without the provider keeps its own. */
export function useYourName(): YourName {
  const shared = useContext(YourNameContext);
  const own = useState('');
  return shared ?? own;
}
