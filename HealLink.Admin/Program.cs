var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/", () => "HealLink admin");
await app.RunAsync();
