using HealLink.Bot;

return await BotHost.RunAsync(() => BotHost.CreateBuilder(args), Console.Error);
