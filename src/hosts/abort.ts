// The error a cancelled read or check throws: named AbortError, like fetch's, so callers tell it from a failure.
export function abortError(): Error {
  const e = new Error('Cancelled');
  e.name = 'AbortError';
  return e;
}
