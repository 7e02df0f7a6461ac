using HealLink.Bot;
using HealLink.Bot.Models;

// `models fetch` is a command, not the bot: recognised before any host is built.
return ModelsCommand.IsRequested(args)
    ? await ModelsCommand.RunAsync(args, Console.Out, Console.Error)
    : await BotHost.RunAsync(() => BotHost.CreateBuilder(args), Console.Error);
