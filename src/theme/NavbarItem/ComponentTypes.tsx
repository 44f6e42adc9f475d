import ComponentTypes from '@theme-original/NavbarItem/ComponentTypes';
import YourSetupNavbarItem from '@site/src/components/YourSetup/NavbarItem';

/** Docusaurus's navbar item types, plus `custom-yourSetup`: the "your setup" chip. */
export default {
  ...ComponentTypes,
  'custom-yourSetup': YourSetupNavbarItem,
};
