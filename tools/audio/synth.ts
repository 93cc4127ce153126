/**
 * A small deterministic synthesiser for the sound generator: oscillators, noise, envelopes, a
 * state-variable filter, a plain reverb and helpers to mix and loop. Signals are mono
 * `Float32Array`s in -1..1 at a given sample rate; nothing here reads the clock or Math.random
 * (noise comes from the seeded `Rng`), so the same calls give the same samples on every run.
 *
 * Words: a *signal* is a buffer of samples; an *envelope* is a gain curve over time (seconds).
 */

import type { Rng } from '../seeded-rng';

export type Curve = number | ((t: number) => number);
const at = (curve: Curve, t: number): number => (typeof curve === 'number' ? curve : curve(t));

export function silence(seconds: number, rate: number): Float32Array {
  return new Float32Array(Math.max(1, Math.round(seconds * rate)));
}

export type Shape = 'sine' | 'saw' | 'square' | 'triangle';

/**
 * An oscillator whose frequency (Hz) may change over time; the phase is accumulated, so sweeps
 * and vibrato never click.
 */
export function osc(shape: Shape, frequency: Curve, seconds: number, rate: number, phase = 0): Float32Array {
  const out = silence(seconds, rate);
  let p = phase;
  for (let i = 0; i < out.length; i++) {
    const x = p - Math.floor(p);
    let v: number;
    switch (shape) {
      case 'sine':
        v = Math.sin(2 * Math.PI * x);
        break;
      case 'saw':
        v = 2 * x - 1;
        break;
      case 'square':
        v = x < 0.5 ? 1 : -1;
        break;
      case 'triangle':
        v = 1 - 4 * Math.abs(x - 0.5);
        break;
    }
    out[i] = v;
    p += at(frequency, i / rate) / rate;
  }
  return out;
}

export type NoiseColour = 'white' | 'pink' | 'brown';

export function noise(rng: Rng, seconds: number, rate: number, colour: NoiseColour = 'white'): Float32Array {
  const out = silence(seconds, rate);
  let brown = 0;
  // Paul Kellet's economy pink filter.
  let b0 = 0,
    b1 = 0,
    b2 = 0;
  for (let i = 0; i < out.length; i++) {
    const white = rng.bipolar();
    if (colour === 'white') {
      out[i] = white;
    } else if (colour === 'brown') {
      brown = (brown + 0.02 * white) / 1.02;
      out[i] = brown * 3.5;
    } else {
      b0 = 0.99765 * b0 + white * 0.099046;
      b1 = 0.963 * b1 + white * 0.2965164;
      b2 = 0.57 * b2 + white * 1.0526913;
      out[i] = (b0 + b1 + b2 + white * 0.1848) * 0.22;
    }
  }
  return out;
}

export type FilterMode = 'lowpass' | 'bandpass' | 'highpass';

/**
 * Zavalishin's topology-preserving state-variable filter: stable even when the cutoff (Hz) moves
 * every sample. `q` around 0.7 is flat; higher rings at the cutoff.
 */
export function filter(signal: Float32Array, mode: FilterMode, cutoff: Curve, rate: number, q: Curve = 0.707): Float32Array {
  const out = new Float32Array(signal.length);
  let ic1 = 0;
  let ic2 = 0;
  const nyquistSafe = rate * 0.49;
  for (let i = 0; i < signal.length; i++) {
    const t = i / rate;
    const fc = Math.min(nyquistSafe, Math.max(10, at(cutoff, t)));
    const g = Math.tan((Math.PI * fc) / rate);
    const k = 1 / Math.max(0.05, at(q, t));
    const a1 = 1 / (1 + g * (g + k));
    const a2 = g * a1;
    const a3 = g * a2;
    const x = signal[i]!;
    const v3 = x - ic2;
    const v1 = a1 * ic1 + a2 * v3;
    const v2 = ic2 + a2 * ic1 + a3 * v3;
    ic1 = 2 * v1 - ic1;
    ic2 = 2 * v2 - ic2;
    out[i] = mode === 'lowpass' ? v2 : mode === 'bandpass' ? v1 : x - k * v1 - v2;
  }
  return out;
}

/** Multiply a signal by a gain curve over time, in place; returns it. */
export function shape(signal: Float32Array, gain: (t: number) => number, rate: number): Float32Array {
  for (let i = 0; i < signal.length; i++) signal[i] = signal[i]! * gain(i / rate);
  return signal;
}

/** Attack-hold-release envelope with exponential-ish curves; 0 outside. */
export function ahr(attack: number, hold: number, release: number): (t: number) => number {
  return (t) => {
    if (t < 0) return 0;
    if (t < attack) return Math.sin(((t / Math.max(attack, 1e-6)) * Math.PI) / 2);
    if (t < attack + hold) return 1;
    const r = (t - attack - hold) / Math.max(release, 1e-6);
    return r >= 1 ? 0 : (1 - r) * (1 - r);
  };
}

/** A fast attack then exponential decay with time constant `tau` seconds. */
export function decay(tau: number, attack = 0.002): (t: number) => number {
  return (t) => (t < 0 ? 0 : t < attack ? t / attack : Math.exp(-(t - attack) / tau));
}

/** Add `source * gain` into `target` starting at `startSeconds` (cut at the end of target). */
export function mixInto(target: Float32Array, source: Float32Array, startSeconds: number, rate: number, gain = 1): Float32Array {
  const start = Math.round(startSeconds * rate);
  for (let i = 0; i < source.length; i++) {
    const j = start + i;
    if (j >= 0 && j < target.length) target[j] = target[j]! + source[i]! * gain;
  }
  return target;
}

/** Add into a loop, wrapping past the end back to the start, so tails run on seamlessly. */
export function mixWrapped(target: Float32Array, source: Float32Array, startSample: number, gain = 1): Float32Array {
  const n = target.length;
  for (let i = 0; i < source.length; i++) {
    const j = (((startSample + i) % n) + n) % n;
    target[j] = target[j]! + source[i]! * gain;
  }
  return target;
}

export function scale(signal: Float32Array, gain: number): Float32Array {
  for (let i = 0; i < signal.length; i++) signal[i] = signal[i]! * gain;
  return signal;
}

/** Scale so the loudest sample is `peak`. */
export function normalize(signal: Float32Array, peak: number): Float32Array {
  let max = 0;
  for (const v of signal) max = Math.max(max, Math.abs(v));
  return max === 0 ? signal : scale(signal, peak / max);
}

/** Soft saturation, for growl and grit. */
export function drive(signal: Float32Array, amount: number): Float32Array {
  const norm = Math.tanh(amount);
  for (let i = 0; i < signal.length; i++) signal[i] = Math.tanh(signal[i]! * amount) / norm;
  return signal;
}

/** Short fades at both ends so a sound never starts or stops with a click. */
export function fadeEdges(signal: Float32Array, rate: number, seconds = 0.004): Float32Array {
  const n = Math.min(Math.floor(signal.length / 2), Math.round(seconds * rate));
  for (let i = 0; i < n; i++) {
    const g = i / n;
    signal[i] = signal[i]! * g;
    signal[signal.length - 1 - i] = signal[signal.length - 1 - i]! * g;
  }
  return signal;
}

/**
 * A plain Schroeder reverb (four combs, two all-passes), mixed `wet` into the dry signal. The
 * output is longer than the input by `tail` seconds.
 */
export function reverb(signal: Float32Array, rate: number, options: { wet: number; feedback: number; tail: number }): Float32Array {
  const out = new Float32Array(signal.length + Math.round(options.tail * rate));
  const combDelays = [0.0297, 0.0371, 0.0411, 0.0437].map((s) => Math.round(s * rate));
  const wet = new Float32Array(out.length);
  for (const delay of combDelays) {
    const line = new Float32Array(delay);
    let index = 0;
    let low = 0;
    for (let i = 0; i < out.length; i++) {
      const x = i < signal.length ? signal[i]! : 0;
      const y = line[index]!;
      low = y * 0.7 + low * 0.3;
      line[index] = x + low * options.feedback;
      index = (index + 1) % delay;
      wet[i] = wet[i]! + y / combDelays.length;
    }
  }
  for (const seconds of [0.005, 0.0017]) {
    const delay = Math.max(1, Math.round(seconds * rate));
    const line = new Float32Array(delay);
    let index = 0;
    for (let i = 0; i < wet.length; i++) {
      const buffered = line[index]!;
      const x = wet[i]!;
      line[index] = x + buffered * 0.5;
      wet[i] = buffered - x * 0.5;
      index = (index + 1) % delay;
    }
  }
  for (let i = 0; i < out.length; i++) out[i] = (i < signal.length ? signal[i]! : 0) + wet[i]! * options.wet;
  return out;
}

/**
 * Make a buffer of `loopSamples + fade` samples loop seamlessly: the extra tail is cross-faded
 * (equal power) into the head, and the result is `loopSamples` long.
 */
export function seamless(signal: Float32Array, loopSamples: number): Float32Array {
  const fade = signal.length - loopSamples;
  const out = signal.slice(0, loopSamples);
  for (let i = 0; i < fade; i++) {
    const x = i / fade;
    out[i] = signal[i]! * Math.sin((x * Math.PI) / 2) + signal[loopSamples + i]! * Math.cos((x * Math.PI) / 2);
  }
  return out;
}

/** The nearest frequency that fits a whole number of cycles into a loop, so it joins without a click. */
export function loopFrequency(hz: number, loopSeconds: number): number {
  return Math.max(1, Math.round(hz * loopSeconds)) / loopSeconds;
}

export function add(...signals: Float32Array[]): Float32Array {
  const out = new Float32Array(Math.max(...signals.map((s) => s.length)));
  for (const s of signals) for (let i = 0; i < s.length; i++) out[i] = out[i]! + s[i]!;
  return out;
}
