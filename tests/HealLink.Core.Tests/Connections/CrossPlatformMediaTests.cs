using HealLink.Core.Connections;
using HealLink.Core.Messaging;
using HealLink.Core.Pipeline;
using HealLink.Core.Tests.Pipeline;
using HealLink.Core.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;
using static HealLink.Core.Tests.Connections.ConnectionPeople;

namespace HealLink.Core.Tests.Connections;

/// <summary>
/// How the relay passes a file on: a copy the platform makes itself within one that can (the console stands in for
/// Telegram), a copy carrying the file to fetch across platforms or on Discord, and the notes when no file is known.
/// </summary>
public sealed class CrossPlatformMediaTests : IAsyncLifetime, IDisposable
{
    private static readonly MediaFile _scar = new("file-ref-1", "photo.jpg", "image/jpeg", 2048);

    private readonly TestDatabase _file = new();
    private readonly RecordingSender _console = new();
    private readonly RecordingSender _discord = new(Platform.Discord);
    private PipelineHost _host = null!;
    private PipelinePerson _sam = null!;
    private PipelinePerson _ana = null!;

    public async Task InitializeAsync()
    {
        _host = await PipelineHost.StartAsync(_file, _console, configure: services => services.AddSingleton<IChannelSender>(_discord));
        _sam = await ApprovedMentorAsync(_host, _discord, "mentor-1", "Sam");
        _ana = await MenteeAsync(_host, _console, "mentee-1", "Ana");
        await ConnectAsync(_ana, _sam, "Sam");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task RelayMedia_ToAnotherPlatformWithAFile_CopyCarryingTheFileAndCaption()
    {
        var echo = await _ana.DeliverAsync(new MediaInput("photo", "55", "My scar at two weeks", _scar));

        Assert.Empty(echo);
        var copy = _sam.Last;
        Assert.Equal((OutboundKind.Copy, "Ana: My scar at two weeks"), (copy.Kind, copy.Text));
        Assert.Equal(new RelayedFile(Platform.Console, "photo", "file-ref-1", "photo.jpg", "image/jpeg"), copy.File);
    }

    [Fact]
    public async Task RelayMedia_RecipientsChannelCannotDeliverTheFile_SenderIsToldItDidNotArrive()
    {
        _discord.Answer = delivery => delivery.Message.Kind == OutboundKind.Copy
            ? new DeliveryResult.Undeliverable("photo.jpg is larger than Discord takes", RecipientUnreachable: false)
            : null;

        await _ana.DeliverAsync(new MediaInput("photo", "56", "My scar at two weeks", _scar));
        await _host.DispatchAsync();

        Assert.Equal("I can't pass this photo on to Sam. Could you tell them about it in a message?", _ana.Last.Text);
        Assert.DoesNotContain(_discord.Delivered, d => d.Message.Kind == OutboundKind.Copy);
    }

    [Fact]
    public async Task RelayMedia_FromDiscordWithAFile_CopyCarryingTheFileFromDiscord()
    {
        await _sam.DeliverAsync(new MediaInput("voice", "77", null, new MediaFile("https://cdn/voice-message.ogg", "voice-message.ogg", "audio/ogg", 10)));

        var copy = _ana.Last;
        Assert.Equal((OutboundKind.Copy, "Sam:"), (copy.Kind, copy.Text));
        Assert.Equal(new RelayedFile(Platform.Discord, "voice", "https://cdn/voice-message.ogg", "voice-message.ogg", "audio/ogg"), copy.File);
    }

    [Fact]
    public async Task RelayMedia_ToAnotherPlatformWithoutAFile_BothAreToldItCannotPass()
    {
        var note = await _ana.DeliverAsync(new MediaInput("photo", "55", "My scar at two weeks"));

        Assert.Equal(ConnectionCopy.English.MediaNotCarried("Sam", "photo"), Assert.Single(note).Text);
        Assert.Equal(ConnectionCopy.English.MediaNotCarriedToOther("Ana", "photo", "My scar at two weeks"), _sam.Last.Text);
        Assert.DoesNotContain(_sam.Received, m => m.Kind == OutboundKind.Copy);
    }

    [Theory]
    [InlineData(Platform.Telegram, Platform.Telegram, true)]
    [InlineData(Platform.Console, Platform.Console, true)]
    [InlineData(Platform.Discord, Platform.Discord, false)]
    [InlineData(Platform.Telegram, Platform.Discord, false)]
    [InlineData(Platform.Discord, Platform.Telegram, false)]
    public void WithinItself_PlatformPair_OnlyOnePlatformThatCopiesCopiesItself(Platform from, Platform to, bool copies) =>
        Assert.Equal(copies, PlatformCopies.WithinItself(from, to));
}
