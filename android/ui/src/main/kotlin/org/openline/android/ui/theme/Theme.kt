package org.openline.android.ui.theme

import androidx.compose.foundation.isSystemInDarkTheme
import androidx.compose.material3.ColorScheme
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.darkColorScheme
import androidx.compose.material3.lightColorScheme
import androidx.compose.runtime.Composable
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.runtime.Immutable
import androidx.compose.runtime.staticCompositionLocalOf
import androidx.compose.ui.graphics.Color

// A calm teal for devices without dynamic colour. Errors keep Material's red, which the
// urgent callout uses: danger should look like danger. Every surface role is set: the ones
// left out fall back to Material's lavender baseline, which showed beside the teal.
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
    onBackground = Color(0xFF171D1D),
    surface = Color(0xFFF6FAFA),
    onSurface = Color(0xFF171D1D),
    surfaceVariant = Color(0xFFDAE4E5),
    onSurfaceVariant = Color(0xFF3F4849),
    surfaceTint = Color(0xFF0E5E63),
    surfaceDim = Color(0xFFD5DBDB),
    surfaceBright = Color(0xFFF6FAFA),
    surfaceContainerLowest = Color(0xFFFFFFFF),
    surfaceContainerLow = Color(0xFFF0F4F4),
    surfaceContainer = Color(0xFFEAEFEF),
    surfaceContainerHigh = Color(0xFFE4E9E9),
    surfaceContainerHighest = Color(0xFFDEE3E3),
    outline = Color(0xFF6F797A),
    outlineVariant = Color(0xFFBEC8C9),
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
    onBackground = Color(0xFFDEE3E3),
    surface = Color(0xFF0F1415),
    onSurface = Color(0xFFDEE3E3),
    surfaceVariant = Color(0xFF3F4849),
    onSurfaceVariant = Color(0xFFBEC8C9),
    surfaceTint = Color(0xFF8AD1D6),
    surfaceDim = Color(0xFF0F1415),
    surfaceBright = Color(0xFF343A3B),
    surfaceContainerLowest = Color(0xFF090F10),
    surfaceContainerLow = Color(0xFF171D1E),
    surfaceContainer = Color(0xFF1B2122),
    surfaceContainerHigh = Color(0xFF252B2C),
    surfaceContainerHighest = Color(0xFF303637),
    outline = Color(0xFF899393),
    outlineVariant = Color(0xFF3F4849),
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

/**
 * Material 3, following the system's dark setting. [dynamicScheme] is the phone's own colours
 * (Android 12 and later) when the host has them; otherwise the teal schemes above.
 */
@Composable
fun OpenLineTheme(
    darkTheme: Boolean = isSystemInDarkTheme(),
    dynamicScheme: ColorScheme? = null,
    content: @Composable () -> Unit,
) {
    val colors = dynamicScheme ?: if (darkTheme) Dark else Light
    CompositionLocalProvider(LocalCalloutColors provides colors.calloutColors()) {
        MaterialTheme(colorScheme = colors, content = content)
    }
}
