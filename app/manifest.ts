import type { MetadataRoute } from "next";

/** Lets an expert add Involve to their phone's home screen; it then opens like an app, at their home. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Involve",
    short_name: "Involve",
    description: "Involving people with lived experience in social work education, fairly.",
    start_url: "/expert",
    scope: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#1d4f5c",
    icons: [
      { src: "/icons/icon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
