/**
 * Who may do what: users and roles, sign-in with database-backed sessions, throttling, the first admin and the demo
 * users. Other features read the caller through {@link org.openwfm.access.CurrentUser}; none of them holds a
 * password.
 */
package org.openwfm.access;
