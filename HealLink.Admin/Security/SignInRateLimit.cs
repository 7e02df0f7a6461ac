using System.Threading.RateLimiting;
using HealLink.Admin.Accounts;
using Microsoft.Extensions.Options;

namespace HealLink.Admin.Security;

/// <summary>
/// Sign-in posts per minute from one address, so passwords cannot be guessed quickly across many accounts (lockout
/// covers one account). Reading the form is never limited.
/// </summary>
public static class SignInRateLimit
{
    public const string Policy = "sign-in";

    public static IServiceCollection AddSignInRateLimit(this IServiceCollection services)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(Policy, context =>
            {
                if (!HttpMethods.IsPost(context.Request.Method))
                {
                    return RateLimitPartition.GetNoLimiter("read");
                }

                var perMinute = context.RequestServices.GetRequiredService<IOptions<AdminOptions>>().Value.SignInAttemptsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                rejected.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await rejected.HttpContext.Response.WriteAsync("Too many sign-in attempts from here. Please wait a minute and try again.", cancellationToken);
            };
        });
        return services;
    }
}
