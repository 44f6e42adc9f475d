import { lazy, Suspense, useState, type ReactNode } from 'react';
import clsx from 'clsx';
import { setupSummary } from '@site/src/lib/yourSetup/defaults';
import { useSetup } from './store';
import styles from './styles.module.css';

const Editor = lazy(() => import('./Editor'));

/**
 * The navbar chip (`type: 'custom-yourSetup'` in `docusaurus.config.ts`):
 * shows the active setup ("Your setup: acme-corp on github.com" or "Default
 * values") and opens the editor, whose code loads on the first click only.
 *
 * @param mobile true when Docusaurus renders the item in the phone menu
 */
export default function YourSetupNavbarItem({ mobile }: { mobile?: boolean }): ReactNode {
  const values = useSetup();
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const button = (
    <button
      type="button"
      className={clsx(mobile ? 'menu__link' : 'navbar__item navbar__link', styles.chip)}
      aria-haspopup="dialog"
      data-your-setup-chip=""
      onClick={() => {
        setLoaded(true);
        setOpen(true);
      }}
    >
      {/* One flex item, so the space survives the phone menu's flex layout. */}
      <span>
        <span className={styles.chipLabel}>Your setup:</span> {setupSummary(values)}
      </span>
    </button>
  );
  const editor = loaded && (
    <Suspense fallback={null}>
      <Editor open={open} onClose={() => setOpen(false)} />
    </Suspense>
  );
  return mobile ? (
    <li className="menu__list-item">
      {button}
      {editor}
    </li>
  ) : (
    <>
      {button}
      {editor}
    </>
  );
}
