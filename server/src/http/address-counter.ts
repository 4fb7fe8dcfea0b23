// Counts open things (anonymous WebSockets) per client address and refuses past a cap.
export class AddressCounter {
  private readonly open = new Map<string, number>();

  constructor(private readonly max: number) {}

  /** Takes one slot for this address; returns its release, or null when the address is at the cap. */
  take(address: string): (() => void) | null {
    const n = this.open.get(address) ?? 0;
    if (n >= this.max) return null;
    this.open.set(address, n + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.open.get(address) ?? 1) - 1;
      if (left <= 0) this.open.delete(address);
      else this.open.set(address, left);
    };
  }
}
