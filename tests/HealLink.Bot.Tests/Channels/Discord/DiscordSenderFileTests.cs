using HealLink.Bot.Channels.Discord;
using HealLink.Bot.Channels.Discord.Rest;
using HealLink.Bot.Channels.Media;
using HealLink.Bot.Tests.Channels.Discord.Rest;
using HealLink.Bot.Tests.Channels.Media;
using HealLink.Core.Messaging;
using HealLink.Core.Pipeline;

namespace HealLink.Bot.Tests.Channels.Discord;

/// <summary>A file relayed to someone on Discord: downloaded from where it was sent, uploaded as an attachment.</summary>
public sealed class DiscordSenderFileTests
{
    private static readonly byte[] _photo = [0xFF, 0xD8, 0xFF, 0xE0, 0x01, 0x02, 0xFF, 0xD9];

    [Fact]
    public async Task SendAsync_CopyOfATelegramPhoto_UploadsTheSameBytesWithTheCaption()
    {
        await using var harness = await DiscordRestHarness.StartAsync();
        var (_, channel) = await harness.OpenDmAsync();
        var sender = Sender(harness, new StubMediaSource(Platform.Telegram, new MediaDownload.Fetched(_photo)));

        var result = await sender.SendAsync(Delivery(channel, new RelayedFile(Platform.Telegram, "photo", "AgAC1", "photo.jpg", "image/jpeg")), harness.Ct);

        Assert.IsType<DeliveryResult.Delivered>(result);
        var sent = Assert.Single(harness.Fake.Messages(channel));
        Assert.Equal(("Maria: day two", "7-0"), (sent.Content, sent.Nonce));
        var attachment = Assert.Single(sent.Attachments);
        Assert.Equal("photo.jpg", attachment.Filename);
        Assert.Equal(_photo, attachment.Bytes);
    }

    [Fact]
    public async Task SendAsync_AttachmentLargerThanDiscordTakes_UndeliverableWithoutAnUpload()
    {
        await using var harness = await DiscordRestHarness.StartAsync(options => options.MaxFileBytes = 1000);
        var (_, channel) = await harness.OpenDmAsync();
        var url = harness.Fake.SeedAttachment("700", "big.png", new byte[1001], "image/png");
        var sender = Sender(harness, new DiscordMediaSource(harness.Get<DiscordAttachmentDownloader>()));

        var result = await sender.SendAsync(Delivery(channel, new RelayedFile(Platform.Discord, "photo", url.ToString(), "big.png", "image/png")), harness.Ct);

        Assert.False(Assert.IsType<DeliveryResult.Undeliverable>(result).RecipientUnreachable);
        Assert.DoesNotContain(harness.Fake.Requests, r => r.Method == "POST" && r.Path.Contains(channel, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendAsync_ExpiredAttachment_UndeliverableNotUnreachable()
    {
        await using var harness = await DiscordRestHarness.StartAsync();
        var (_, channel) = await harness.OpenDmAsync();
        var gone = new Uri(harness.Server.BaseUrl, "/attachments/1/2/gone.png").ToString();
        var sender = Sender(harness, new DiscordMediaSource(harness.Get<DiscordAttachmentDownloader>()));

        var result = await sender.SendAsync(Delivery(channel, new RelayedFile(Platform.Discord, "photo", gone, "gone.png", "image/png")), harness.Ct);

        Assert.False(Assert.IsType<DeliveryResult.Undeliverable>(result).RecipientUnreachable);
        Assert.Empty(harness.Fake.Messages(channel));
    }

    [Fact]
    public async Task SendAsync_FileFromAPlatformNotRunningHere_UndeliverableSayingSo()
    {
        await using var harness = await DiscordRestHarness.StartAsync();
        var (_, channel) = await harness.OpenDmAsync();
        var sender = Sender(harness);

        var result = await sender.SendAsync(Delivery(channel, new RelayedFile(Platform.Telegram, "photo", "AgAC1", "photo.jpg", "image/jpeg")), harness.Ct);

        Assert.Contains("does not run in this process", Assert.IsType<DeliveryResult.Undeliverable>(result).Reason, StringComparison.Ordinal);
    }

    private static DiscordSender Sender(DiscordRestHarness harness, params IMediaSource[] sources) => harness.Sender(sources);

    private static OutboundDelivery Delivery(string channelId, RelayedFile file) =>
        new(7, new OutboundMessage(new ChatAddress(Platform.Discord, channelId), OutboundKind.Copy, "Maria: day two", []) { File = file }, 1);
}
