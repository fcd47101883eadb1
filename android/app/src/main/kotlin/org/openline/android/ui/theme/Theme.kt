package org.openline.android.ui.theme

import android.os.Build
import androidx.compose.foundation.isSystemInDarkTheme
import androidx.compose.material3.ColorScheme
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.darkColorScheme
import androidx.compose.material3.dynamicDarkColorScheme
import androidx.compose.material3.dynamicLightColorScheme
import androidx.compose.material3.lightColorScheme
import androidx.compose.runtime.Composable
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.runtime.Immutable
import androidx.compose.runtime.staticCompositionLocalOf
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.platform.LocalContext

// A calm teal for devices without dynamic colour. Errors keep Material's red, which the
// urgent callout uses: danger should look like danger.
private val Light = lightColorScheme(
    primary = Color(0xFF0E5E63),
    onPrimary = Color(0xFFFFFFFF),
    primaryContainer = Color(0xFFA6EEF2),
    onPrimaryContainer = Color(0xFF002022),
    secondary = Color(0xFF4A6365),
    secondaryContainer = Color(0xFFCCE8E9),
    onSecondaryContainer = Color(0xFF051F21),
    tertiary = Color(0xFF4D5F7C),
    tertiaryContainer = Color(0xFFD5E3FF),
    onTertiaryContainer = Color(0xFF071C36),
    background = Color(0xFFF6FAFA),
    surface = Color(0xFFF6FAFA),
)

private val Dark = darkColorScheme(
    primary = Color(0xFF8AD1D6),
    onPrimary = Color(0xFF00373A),
    primaryContainer = Color(0xFF004F53),
    onPrimaryContainer = Color(0xFFA6EEF2),
    secondary = Color(0xFFB0CCCD),
    secondaryContainer = Color(0xFF324B4D),
    onSecondaryContainer = Color(0xFFCCE8E9),
    tertiary = Color(0xFFB5C7E9),
    tertiaryContainer = Color(0xFF354863),
    onTertiaryContainer = Color(0xFFD5E3FF),
    background = Color(0xFF0F1415),
    surface = Color(0xFF0F1415),
)

/** Colours for the four callout tones, taken from the scheme in use so they follow dynamic colour. */
@Immutable
data class ToneColors(val container: Color, val content: Color)

@Immutable
data class CalloutColors(
    val reassure: ToneColors,
    val info: ToneColors,
    val caution: ToneColors,
    val urgent: ToneColors,
)

val LocalCalloutColors = staticCompositionLocalOf<CalloutColors> { error("OpenLineTheme not applied") }

private fun ColorScheme.calloutColors() = CalloutColors(
    reassure = ToneColors(primaryContainer, onPrimaryContainer),
    info = ToneColors(surfaceVariant, onSurfaceVariant),
    caution = ToneColors(tertiaryContainer, onTertiaryContainer),
    urgent = ToneColors(errorContainer, onErrorContainer),
)

/** Material 3, following the system's dark setting, with dynamic colour on Android 12+. */
@Composable
fun OpenLineTheme(
    darkTheme: Boolean = isSystemInDarkTheme(),
    dynamicColor: Boolean = true,
    content: @Composable () -> Unit,
) {
    val colors = when {
        dynamicColor && Build.VERSION.SDK_INT >= Build.VERSION_CODES.S -> {
            val context = LocalContext.current
            if (darkTheme) dynamicDarkColorScheme(context) else dynamicLightColorScheme(context)
        }
        darkTheme -> Dark
        else -> Light
    }
    CompositionLocalProvider(LocalCalloutColors provides colors.calloutColors()) {
        MaterialTheme(colorScheme = colors, content = content)
    }
}
