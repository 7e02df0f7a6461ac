using HealLink.Core.Matching.Embeddings.MiniLm;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace HealLink.Core.Hosting;

/// <summary>Tells configuration mistakes, which deserve a plain message, from bugs, which deserve a stack trace.</summary>
public static class StartupProblem
{
    public static string? Describe(Exception exception) => exception switch
    {
        // Start-up validation gathers every options class that failed; one class read twice fails twice.
        AggregateException aggregate => DescribeAll(aggregate.InnerExceptions),
        StartupException or OptionsValidationException or EmbedderUnavailableException => exception.Message,

        // A value that does not parse ("Database:Provider=Oracle"); the binder's message names the key.
        InvalidOperationException { InnerException: FormatException format }
            when exception.TargetSite?.DeclaringType == typeof(ConfigurationBinder) => $"{exception.Message} {format.Message}",
        _ => null,
    };

    private static string? DescribeAll(IReadOnlyCollection<Exception> exceptions)
    {
        var problems = exceptions.Select(Describe).ToList();
        return problems.Count > 0 && problems.All(p => p is not null) ? string.Join(" ", problems.Distinct()) : null;
    }
}
