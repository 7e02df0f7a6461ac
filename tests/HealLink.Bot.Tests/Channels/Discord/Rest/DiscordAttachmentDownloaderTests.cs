using HealLink.Bot.Channels.Discord.Rest;

namespace HealLink.Bot.Tests.Channels.Discord.Rest;

public sealed class DiscordAttachmentDownloaderTests
{
    [Fact]
    public async Task DownloadAsync_SeededAttachment_BytesReturned()
    {
        await using var harness = await DiscordRestHarness.StartAsync();
        byte[] bytes = [.. Enumerable.Range(0, 5000).Select(n => (byte)n)];
        var url = harness.Fake.SeedAttachment("700", "photo.jpg", bytes, "image/jpeg");

        var downloaded = await harness.Get<DiscordAttachmentDownloader>().DownloadAsync(url, harness.Ct);

        Assert.Equal(bytes, downloaded.Value);
    }

    [Fact]
    public async Task DownloadAsync_LargerThanCap_PermanentFailure()
    {
        await using var harness = await DiscordRestHarness.StartAsync(options => options.MaxDownloadBytes = 1000);
        var url = harness.Fake.SeedAttachment("700", "big.bin", new byte[1001]);

        var downloaded = await harness.Get<DiscordAttachmentDownloader>().DownloadAsync(url, harness.Ct);

        Assert.Equal(DiscordOutcome.Permanent, downloaded.Outcome);
    }

    [Fact]
    public async Task DownloadAsync_ExpiredLink_PermanentFailure()
    {
        await using var harness = await DiscordRestHarness.StartAsync();

        var downloaded = await harness.Get<DiscordAttachmentDownloader>().DownloadAsync(
            new Uri(harness.Server.BaseUrl, "/attachments/1/2/gone.png"), harness.Ct);

        Assert.Equal((DiscordOutcome.Permanent, 404), (downloaded.Outcome, downloaded.Failure!.HttpStatus));
    }

    [Fact]
    public async Task SendAsync_RelayedAttachment_SameBytesUploaded()
    {
        await using var harness = await DiscordRestHarness.StartAsync();
        var (_, channel) = await harness.OpenDmAsync();
        byte[] bytes = [9, 8, 7, 6];
        var downloaded = await harness.Get<DiscordAttachmentDownloader>().DownloadAsync(harness.Fake.SeedAttachment("1", "a.txt", bytes), harness.Ct);

        await harness.Messages.SendAsync(channel, new DiscordNewMessage("") { Files = [new DiscordFile("a.txt", downloaded.Value!)] }, harness.Ct);

        var uploaded = await harness.Get<DiscordAttachmentDownloader>().DownloadAsync(
            Assert.Single(Assert.Single(harness.Fake.Messages(channel)).Attachments).Url, harness.Ct);
        Assert.Equal(bytes, uploaded.Value);
    }
}
