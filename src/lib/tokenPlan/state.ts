import { featureIds, type FeatureId } from '../../data/tokenFeatures';
import { detectSecret } from '../secrets';
import type { OwnerType, PlanInput, Visibility } from './plan';

/**
 * The planner's choices as a URL query, so a link reproduces them. Only
 * non-secret fields are written, and any value that looks like a secret is
 * dropped both when writing and when reading.
 */

/** The planner's starting point: read catalog files from private repositories, with a personal token. */
export const defaultPlanInput: PlanInput = {
  features: ['catalog'],
  visibility: 'private',
  ownerType: 'user',
  ownerName: '',
  host: 'github.com',
  expiresInDays: '90',
  noExpiration: false,
  tokenName: 'Backstage',
  webhooks: false,
  backstageUrl: 'https://backstage.example.com',
};

const isFeature = (v: string): v is FeatureId => (featureIds as readonly string[]).includes(v);
const safe = (v: string | null): string | undefined =>
  v === null || detectSecret(v) ? undefined : v;

/**
 * Writes the input as query parameters (without the leading `?`).
 * Values equal to the defaults are left out to keep links short.
 */
export function inputToQuery(input: PlanInput): string {
  const params = new URLSearchParams();
  params.set('features', input.features.join(','));
  const put = (key: string, value: string, fallback: string) => {
    if (value !== fallback && !detectSecret(value)) params.set(key, value);
  };
  put('visibility', input.visibility, defaultPlanInput.visibility);
  put('ownerType', input.ownerType, defaultPlanInput.ownerType);
  put('owner', input.ownerName, defaultPlanInput.ownerName);
  put('host', input.host, defaultPlanInput.host);
  put('expires', input.noExpiration ? 'none' : input.expiresInDays, defaultPlanInput.expiresInDays);
  put('name', input.tokenName, defaultPlanInput.tokenName);
  put('webhooks', input.webhooks ? 'on' : 'off', 'off');
  put('backstageUrl', input.backstageUrl, defaultPlanInput.backstageUrl);
  return params.toString();
}

/**
 * Reads the input from a query string (with or without `?`). Unknown feature
 * ids and invalid enum values fall back to the defaults; secrets are ignored.
 * @returns a complete {@link PlanInput}; never throws.
 */
export function inputFromQuery(search: string): PlanInput {
  const params = new URLSearchParams(search);
  const features = safe(params.get('features'));
  const visibility = params.get('visibility');
  const ownerType = params.get('ownerType');
  const expires = safe(params.get('expires'));
  return {
    features:
      features === undefined
        ? defaultPlanInput.features
        : [...new Set(features.split(',').filter(isFeature))],
    visibility:
      visibility === 'public' || visibility === 'private'
        ? (visibility as Visibility)
        : defaultPlanInput.visibility,
    ownerType:
      ownerType === 'user' || ownerType === 'organization'
        ? (ownerType as OwnerType)
        : defaultPlanInput.ownerType,
    ownerName: safe(params.get('owner')) ?? defaultPlanInput.ownerName,
    host: safe(params.get('host')) ?? defaultPlanInput.host,
    expiresInDays:
      expires === undefined || expires === 'none' ? defaultPlanInput.expiresInDays : expires,
    noExpiration: expires === 'none',
    tokenName: safe(params.get('name')) ?? defaultPlanInput.tokenName,
    webhooks: params.get('webhooks') === 'on',
    backstageUrl: safe(params.get('backstageUrl')) ?? defaultPlanInput.backstageUrl,
  };
}
