// Which tab of the Trusted traders area is shown, kept across trips to other areas.
import type { TraderKind } from '../ipc';

export const traderView = $state<{ tab: 'alerts' | TraderKind }>({ tab: 'alerts' });
