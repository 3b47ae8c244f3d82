"""A message with an image and a PDF, built with the file helpers."""

import base64

from poe_sdk import PoeClient, file_part, image_part, text_part

# A 1x1 PNG and a minimal PDF, so the example needs no files on disk.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)
PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def main() -> None:
    """Send text, an image and a document in one user message."""
    with PoeClient() as client:
        resp = client.chat.completions.create(
            model="Claude-Sonnet-4",
            messages=[
                {
                    "role": "user",
                    "content": [
                        text_part("Summarize this document and describe the image."),
                        image_part(PNG),
                        file_part(PDF, filename="doc.pdf"),
                    ],
                }
            ],
        )
        print(resp.choices[0].message.content)


if __name__ == "__main__":
    main()
