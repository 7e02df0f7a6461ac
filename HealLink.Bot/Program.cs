using HealLink.Bot;
using HealLink.Bot.Backups;
using HealLink.Bot.Encryption;
using HealLink.Bot.Models;

// `models fetch`, `backup`, `restore` and `keys` are commands, not the bot: recognised before any host is built.
if (ModelsCommand.IsRequested(args))
{
    return await ModelsCommand.RunAsync(args, Console.Out, Console.Error);
}

if (KeysCommand.IsRequested(args))
{
    return await KeysCommand.RunAsync(args, Console.Out, Console.Error);
}

return BackupCommand.IsRequested(args)
    ? await BackupCommand.RunAsync(args, Console.Out, Console.Error)
    : await BotHost.RunAsync(() => BotHost.CreateBuilder(args), Console.Error);
