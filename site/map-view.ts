import { circleMarker, GridLayer, latLngBounds, map as leafletMap, TileLayer } from 'leaflet';
import { MAP_TILE_URL } from '../infra/definitions/site-security';
import { el } from './dom';
import type { MapPlace } from './map';

/** OpenStreetMap's attribution, as its tile usage policy asks (text and a link, no markup from the API). */
const ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

/*
 * Leaflet 1.9.4 cancels a tile it no longer wants by pointing it at a data: GIF, which our policy
 * (img-src: the photo hosts and the tile host only) refuses with a console error each time. Dropping
 * the src cancels the request just as well; these two overrides are TileLayer's own, less that GIF.
 */
type Tiles = Record<string, { el: HTMLImageElement; coords: { z: number } }>;
const PolicyTileLayer = TileLayer.extend({
  _removeTile(this: { _tiles: Tiles }, key: string) {
    this._tiles[key]?.el.removeAttribute('src');
    return (GridLayer.prototype as unknown as { _removeTile(key: string): void })._removeTile.call(this, key);
  },
  _abortLoading(this: { _tiles: Tiles; _tileZoom: number; fire(type: string, data: object): void }) {
    for (const [key, tile] of Object.entries(this._tiles)) {
      if (tile.coords.z === this._tileZoom || tile.el.complete) continue;
      tile.el.onload = tile.el.onerror = null;
      tile.el.removeAttribute('src');
      tile.el.remove();
      delete this._tiles[key];
      this.fire('tileabort', { tile: tile.el, coords: tile.coords });
    }
  },
}) as unknown as new (url: string, options: object) => TileLayer;

/**
 * Leaflet on OpenStreetMap tiles: a dot per place (dashed when the place is an area's centre), each
 * with its title as a link. `unavailable` is called once when no tile at all could be loaded.
 */
export function drawMap(container: HTMLElement, places: MapPlace[], unavailable: () => void): void {
  const map = leafletMap(container, { scrollWheelZoom: false, attributionControl: true });
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  let loaded = 0;
  let failed = 0;
  const tiles = new PolicyTileLayer(MAP_TILE_URL, { maxZoom: 19, attribution: ATTRIBUTION })
    .on('tileload', () => (loaded += 1))
    .on('tileerror', () => (failed += 1))
    .on('load', () => {
      if (loaded > 0 || failed === 0) return;
      // After Leaflet's own 'load' handlers: removing the map inside them leaves them a null map.
      setTimeout(() => {
        map.remove();
        unavailable();
      });
    });
  tiles.addTo(map);
  for (const place of places) {
    const popup = el('a', { href: place.href ?? '#' }, place.title);
    circleMarker([place.lat, place.lon], {
      radius: 7,
      weight: 2,
      color: '#1a4f8b',
      fillOpacity: 0.6,
      dashArray: place.approximate ? '3 3' : undefined,
    })
      .bindPopup(popup)
      .addTo(map);
  }
  const bounds = latLngBounds(places.map((p) => [p.lat, p.lon]));
  if (places.length === 1) map.setView(bounds.getCenter(), 14);
  else map.fitBounds(bounds.pad(0.1), { maxZoom: 15 });
}
