using HealLink.Bot.Channels.LocalConsole;
using HealLink.Core.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace HealLink.Bot.Tests.Channels.LocalConsole;

/// <summary>
/// The whole bot, composed exactly as Program composes it, running in this process on a real database (<see cref="TestDatabase"/>), with its
/// terminal wired to the test.
/// </summary>
internal sealed class InProcessBot : ConsoleDriver, IAsyncDisposable
{
    private readonly ScriptedInput _input = new();
    private readonly CapturedOutput _output = new();
    private readonly StringWriter _errors = new();
    private readonly Task<int> _run;

    private InProcessBot(TestDatabase database, string[] extraArgs)
    {
        string[] args = [.. database.Arguments, .. extraArgs];
        _run = Task.Run(() => BotHost.RunAsync(
            () =>
            {
                var builder = BotHost.CreateBuilder(args);
                builder.Services.AddSingleton(new ConsoleStreams(_input, _output));
                return builder;
            },
            _errors));
    }

    public override string Output => _output.Text;

    public string Errors => _errors.ToString();

    public static async Task<InProcessBot> StartAsync(TestDatabase database, params string[] args)
    {
        var bot = new InProcessBot(database, args);
        await bot.WaitForPromptAsync();
        return bot;
    }

    /// <summary>Types /quit and waits for the bot to stop; returns its exit code.</summary>
    public async Task<int> QuitAsync()
    {
        _input.Type("/quit");
        return await _run.WaitAsync(TimeSpan.FromSeconds(30));
    }

    public async ValueTask DisposeAsync()
    {
        if (!_run.IsCompleted)
        {
            _input.Type(null);
            await _run.WaitAsync(TimeSpan.FromSeconds(30));
        }

        _input.Dispose();
        await _output.DisposeAsync();
        await _errors.DisposeAsync();
    }

    protected override Task WriteLineAsync(string line)
    {
        _input.Type(line);
        return Task.CompletedTask;
    }
}
