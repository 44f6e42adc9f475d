import { useState, type ReactNode } from 'react';
import { useNavbarMobileSidebar } from '@docusaurus/theme-common/internal';
import NavbarMobileSidebarOriginal from '@theme-original/Navbar/MobileSidebar';

/**
 * The phone menu (`@docusaurus/theme-classic` 3.10.2's
 * `Navbar/MobileSidebar`, wrapped), built when it is first opened rather
 * than right after hydration.
 *
 * Upstream renders the whole menu, hidden, as soon as the window is found to
 * be phone-sized: the navbar's links plus the entire doc sidebar (here about
 * 110 elements, created in the browser because the server never renders
 * them), on every page, for a menu most visits never open. Here it is
 * rendered on the first open and then kept, so later opens and closes are
 * upstream's. The first open slides in like the others: the CSS gives the
 * newly created panel a starting style (`@starting-style` in
 * `src/css/custom.css`).
 */
export default function NavbarMobileSidebar(): ReactNode {
  const { shown } = useNavbarMobileSidebar();
  const [opened, setOpened] = useState(false);
  // Remember the first open (state derived during render, as React's docs advise).
  if (shown && !opened) setOpened(true);
  return shown || opened ? <NavbarMobileSidebarOriginal /> : null;
}
