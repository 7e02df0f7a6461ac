namespace HealLink.Admin.Accounts;

/// <summary>
/// <c>create-admin &lt;email&gt; [reviewer]</c>: the first account (and any later one) from the command line. The
/// password comes from <c>HEALLINK_ADMIN_PASSWORD</c> for automation, or is asked for twice without echo.
/// </summary>
internal sealed class CreateAdminCommand(AdminAccounts accounts, TextReader input, TextWriter output)
{
    public const string Name = "create-admin";

    public const string PasswordVariable = "HEALLINK_ADMIN_PASSWORD";

    private const string Usage = "Usage: create-admin <email> [admin|reviewer]   (the password is asked for, or read from HEALLINK_ADMIN_PASSWORD)";

    /// <returns>The exit code: 0 created, 1 refused, 2 not understood.</returns>
    public async Task<int> RunAsync(IReadOnlyList<string> args, string actor, CancellationToken cancellationToken)
    {
        if (args.Count is < 1 or > 2 || !args[0].Contains('@', StringComparison.Ordinal))
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }

        var role = args.Count == 2 ? args[1].ToLowerInvariant() : AdminRoles.Admin;
        var password = Environment.GetEnvironmentVariable(PasswordVariable) ?? await AskForPasswordAsync();
        if (password is null)
        {
            await output.WriteLineAsync("The two passwords differ; nothing was created.");
            return 1;
        }

        var problem = await accounts.CreateAsync(args[0], password, role, actor, cancellationToken);
        await output.WriteLineAsync(problem ?? $"Created {role} {args[0]}. Sign in to the panel; to add an authenticator app (two-factor), choose your email at the top of any page.");
        return problem is null ? 0 : 1;
    }

    /// <returns>Null when the two entries differ.</returns>
    private async Task<string?> AskForPasswordAsync()
    {
        await output.WriteAsync("Password (at least 12 characters): ");
        var first = ReadHidden();
        await output.WriteAsync("Again: ");
        var second = ReadHidden();
        return first == second ? first : null;
    }

    private string ReadHidden()
    {
        if (Console.IsInputRedirected || input != Console.In)
        {
            return input.ReadLine() ?? "";
        }

        var typed = new System.Text.StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                typed.Length = Math.Max(0, typed.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }

        output.WriteLine();
        return typed.ToString();
    }
}
