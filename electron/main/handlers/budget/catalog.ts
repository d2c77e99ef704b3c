import type { Product } from '../../../../shared/catalog';
import type { AppService } from '../../services/app-service';
import { getCatalog, memoByRevision } from '../office/derive';

/** The workspace's catalog (built-in merged with the user's entries), as prices and scenarios refer to it. */
export function readCatalog(app: AppService): Product[] {
  return memoByRevision(app, 'budget-catalog', () => getCatalog(app.workspace().office.data));
}
