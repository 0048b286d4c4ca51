import { registerEnumType } from "type-graphql";

// GraphQL names in capitals; the values are the lower-case format names families use on the wire.

export const ImageFormat = { PNG: "png", JPEG: "jpeg", GIF: "gif", WEBP: "webp" } as const;

export const DocumentFormat = {
  PDF: "pdf",
  CSV: "csv",
  DOC: "doc",
  DOCX: "docx",
  XLS: "xls",
  XLSX: "xlsx",
  HTML: "html",
  TXT: "txt",
  MD: "md",
} as const;

export const VideoFormat = {
  MP4: "mp4",
  MOV: "mov",
  MKV: "mkv",
  WEBM: "webm",
  FLV: "flv",
  MPEG: "mpeg",
  MPG: "mpg",
  WMV: "wmv",
  THREE_GP: "three_gp",
} as const;

registerEnumType(ImageFormat, { name: "ImageFormat", description: "An image's encoding." });
registerEnumType(DocumentFormat, { name: "DocumentFormat", description: "A document's file format." });
registerEnumType(VideoFormat, { name: "VideoFormat", description: "A video's container format." });
