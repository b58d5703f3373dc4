/**
 * Draft photos in IndexedDB (localStorage cannot hold files), one record per draft key.
 * Every failure (private mode, quota, no IndexedDB) is swallowed: the form then says the
 * photos were not kept, and the rest of the draft is unaffected.
 */
const DB_NAME = 'grassroots-gov-widgets';
const STORE = 'draft-photos';

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') return reject(new Error('No IndexedDB'));
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Operations run one after another, so "clear" after "save" (a discard just after adding a photo) always wins. */
let queue: Promise<unknown> = Promise.resolve();

function run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest): Promise<T> {
  const next = queue.then(() => runNow<T>(mode, action));
  queue = next.catch(() => undefined);
  return next;
}

async function runNow<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest): Promise<T> {
  const db = await openDb();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = action(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result as T);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

export async function savePhotos(key: string, files: readonly File[]): Promise<boolean> {
  try {
    await run('readwrite', (store) => (files.length ? store.put([...files], key) : store.delete(key)));
    return true;
  } catch {
    return false;
  }
}

export async function loadPhotos(key: string): Promise<File[]> {
  try {
    const value = await run<unknown>('readonly', (store) => store.get(key));
    return Array.isArray(value) ? value.filter((f): f is File => f instanceof Blob) : [];
  } catch {
    return [];
  }
}

/** Deletes the draft's photos (sent, discarded or expired: nothing is left on the device). */
export function clearPhotos(key: string): Promise<boolean> {
  return savePhotos(key, []);
}
