"""A video: created, polled with its progress, downloaded (sync and async)."""

import tempfile
from pathlib import Path

from poe_sdk import AsyncPoeClient, PoeClient, VideoFailedError
from poe_sdk.types import Video


def show(video: Video) -> None:
    print(f"  {video.id}: {video.status} {video.progress}%")


def main() -> None:
    """Create a video, wait for it, save it; then a job that fails."""
    with PoeClient() as client:  # POE_API_KEY and POE_BASE_URL from the environment
        video = client.videos.create_and_poll(
            model="Sora-2", prompt="A lighthouse at dusk", seconds=4, on_progress=show
        )
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "lighthouse.mp4"
            client.videos.download_content(video.id).write_to_file(path)  # streamed to disk
            print(f"saved {path.stat().st_size:,} bytes to {path.name}")
        try:
            client.videos.create_and_poll(model="Veo-3", prompt="[fail] a storm")
        except VideoFailedError as exc:
            print(f"failed as the local server was told: {exc.error}")


async def async_main() -> None:
    """Remix a completed video and read its thumbnail, async."""
    async with AsyncPoeClient() as client:
        source = await client.videos.create_and_poll(model="Sora-2", prompt="A fox")
        remix = await client.videos.remix(source.id, prompt="In watercolour")
        done = await client.videos.poll(remix.id)
        thumbnail = await client.videos.download_content(done.id, variant="thumbnail")
        data = await thumbnail.read()
        print(f"remix of {done.remixed_from_video_id}: {thumbnail.content_type}, {len(data)} bytes")


if __name__ == "__main__":
    main()
