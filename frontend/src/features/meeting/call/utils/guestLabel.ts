/** A name as a screen reader should hear it: a guest's carries "(guest)", as its badge shows. */
export function guestLabel(name: string, isGuest: boolean): string {
  return isGuest ? `${name} (guest)` : name;
}
